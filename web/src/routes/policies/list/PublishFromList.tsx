// Publishing straight from the list: the draft's document is checked first, as in the editor.
import { useQuery } from '@tanstack/react-query';
import { validatePolicy } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { PublishModal } from '../publish/PublishModal';
import { getDocument, type PolicyRow } from '../queries';
import { policyRegistry } from '../registry';
import { periodAfter } from '../simulation/period';

export function PublishFromList({ policy, onClose, onPublished }: { readonly policy: PolicyRow; readonly onClose: () => void; readonly onPublished: (row: PolicyRow) => void }) {
  const { t } = useI18n();
  const document = useQuery({ queryKey: ['policy-document', policy.id, policy.row_version], queryFn: () => getDocument(policy.id) });
  const issues = document.data === undefined ? null : validatePolicy(document.data, policyRegistry).length;
  const blocked = document.isError ? document.error.message : issues === null ? t('policies.publish.checking') : issues > 0 ? t('policies.publish.blockedIssues', { n: issues }) : null;
  return (
    <PublishModal
      open
      policy={policy}
      simulated={false}
      blocked={blocked}
      defaultDate={periodAfter('quarter', new Date().toISOString().slice(0, 10)).start}
      onClose={onClose}
      onPublished={onPublished}
    />
  );
}
