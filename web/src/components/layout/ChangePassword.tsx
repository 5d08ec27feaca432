// 修改密码: a colleague whose login was opened with a temporary password (人员与岗位) sets their own. The auth
// service checks strength and refuses the same password again; its answer is shown as it is.
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../use-async-action';
import { useI18n } from '../../i18n/use-i18n';
import { supabaseClient } from '../../providers/supabase-client';

const MIN_LENGTH = 8;

export function ChangePassword({ onClose, onDone }: { readonly onClose: () => void; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, run } = useAsyncAction();
  const mismatch = again !== '' && again !== password;
  const ready = password.length >= MIN_LENGTH && again === password;
  const save = async () => {
    const { error: refused } = await supabaseClient.auth.updateUser({ password });
    if (refused) throw new Error(refused.message);
    onDone();
  };
  return (
    <Modal open title={t('header.changePassword')} confirmLoading={busy} onCancel={onClose} onOk={() => void run(save)}
      okButtonProps={{ disabled: !ready, 'data-testid': 'password-save' }}>
      <Form layout="vertical">
        <Form.Item label={t('header.newPassword')} extra={t('header.passwordRule', { n: MIN_LENGTH })}>
          <Input.Password value={password} onChange={(e) => setPassword(e.target.value)} data-testid="password-new" autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('header.repeatPassword')} validateStatus={mismatch ? 'error' : undefined} help={mismatch ? t('header.passwordMismatch') : undefined}>
          <Input.Password value={again} onChange={(e) => setAgain(e.target.value)} data-testid="password-again" autoComplete="new-password" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="password-error" />}
    </Modal>
  );
}
