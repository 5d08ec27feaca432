// The dialog of one step of a request (accept needs none): 派工 and 回访 have their own, the others take words.
import type { TranslationKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/use-i18n';
import { addNote, closeRequest, rejectRequest, workProgress, type RequestRef } from '../queries';
import { CallbackModal } from './CallbackModal';
import { DispatchModal } from './DispatchModal';
import type { Step } from './steps';
import { TextStepModal, type TextField } from './TextStepModal';

type TextStep = Exclude<Step, 'accept' | 'dispatch' | 'callback'>;

const field = (name: string, required: boolean): TextField => ({ name, label: `serviceDesk.fields.${name}` as TranslationKey, required });

const TEXT_STEPS: Readonly<Record<TextStep, {
  readonly fields: readonly TextField[];
  readonly toggle?: TranslationKey;
  readonly submit: (id: string, values: Readonly<Record<string, string>>, toggled: boolean) => Promise<void>;
}>> = {
  reject: { fields: [field('reason', true), field('referral', false)], submit: (id, v) => rejectRequest(id, v.reason ?? '', v.referral ?? '') },
  on_site: { fields: [field('note', false)], submit: (id, v) => workProgress(id, 'on_site', v.note ?? '') },
  done: { fields: [field('note', true)], submit: (id, v) => workProgress(id, 'done', v.note ?? '') },
  note: { fields: [field('note', true)], toggle: 'serviceDesk.fields.forOwner', submit: (id, v, forOwner) => addNote(id, v.note ?? '', forOwner) },
  close: { fields: [field('resolution', true)], submit: (id, v) => closeRequest(id, v.resolution ?? '') },
};

interface Props {
  readonly step: Exclude<Step, 'accept'>;
  readonly request: RequestRef;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function StepDialog({ step, request, onClose, onDone }: Props) {
  const { t } = useI18n();
  if (step === 'dispatch') return <DispatchModal request={request} onClose={onClose} onDone={onDone} />;
  if (step === 'callback') return <CallbackModal requestId={request.id} requestNo={request.request_no} onClose={onClose} onDone={onDone} />;
  const config = TEXT_STEPS[step];
  return (
    <TextStepModal title={`${t(`serviceDesk.steps.${step}`)} · ${t('serviceDesk.request.no', { no: request.request_no })}`}
      fields={config.fields} toggle={config.toggle} testId={`service-step-${step}`}
      submit={(values, toggled) => config.submit(request.id, values, toggled)} onClose={onClose} onDone={onDone} />
  );
}
