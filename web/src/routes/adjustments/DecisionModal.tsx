// Approving or rejecting the selected adjustments: a comment (required to reject), then one all-or-nothing call.
// A refusal stays in the dialog, worded so finance knows which bill and what to do; nothing was changed.
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../components/use-async-action';
import { useI18n } from '../../i18n/use-i18n';
import { refusalText } from './decision-errors';
import { decideAdjustments, DecisionRefused, type AdjustmentRow, type Decision } from './queries';

interface Props {
  readonly decision: Decision;
  readonly adjustments: readonly AdjustmentRow[];
  readonly feeItemLabel: (code: string) => string;
  readonly onClose: () => void;
  readonly onDecided: (count: number) => void;
}

export function DecisionModal({ decision, adjustments, feeItemLabel, onClose, onDecided }: Props) {
  const { t, text, locale } = useI18n();
  const [comment, setComment] = useState('');
  const { busy, error, run } = useAsyncAction();
  const count = adjustments.length;

  const submit = () => run(async () => {
    let decided: number;
    try {
      decided = await decideAdjustments(adjustments.map((row) => row.id), decision, comment.trim());
    } catch (e) {
      if (!(e instanceof DecisionRefused)) throw e;
      const rowOf = (id: string) => adjustments.find((row) => row.id === id);
      throw new Error(refusalText(e.refusal, { locale, t, text, feeItemLabel, rowOf }));
    }
    onDecided(decided);
  });

  return (
    <Modal
      open
      title={t(decision === 'approve' ? 'adjustments.dialog.approveTitle' : 'adjustments.dialog.rejectTitle', { count })}
      okText={t(`adjustments.actions.${decision}`)}
      okButtonProps={{ danger: decision === 'reject', disabled: decision === 'reject' && comment.trim() === '', 'data-testid': 'adjustments-decide-confirm' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t(decision === 'approve' ? 'adjustments.dialog.approveExplain' : 'adjustments.dialog.rejectExplain')}</Typography.Paragraph>
      <Input.TextArea
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder={t(decision === 'approve' ? 'adjustments.dialog.comment' : 'adjustments.dialog.rejectComment')}
        data-testid="adjustments-decide-comment"
      />
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon data-testid="adjustments-decide-error" message={t('adjustments.dialog.failed')} description={error} />}
    </Modal>
  );
}
