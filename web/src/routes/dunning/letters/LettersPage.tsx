// 催款通知单: the written notices the dunning run queued for a stage, a channel (letters, or notices taken to the
// door) and the days they are dated — previewed as A4 sheets and printed one per page (or saved as PDF from the
// print dialog), with each one's delivery status.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Radio, Select, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PrintSheets, printAs } from '../../../components/print/PrintSheets';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { listLetters, type LetterFilter } from '../letter-queries';
import { letterOf, PRINTED_CHANNELS, type PrintedChannel } from '../letters';
import { may } from '../permissions';
import { stageLabel, STAGES } from '../stages';
import { DeliveryTable } from './DeliveryTable';
import { LetterSheet } from './LetterSheet';
import './letters.css';

const DAY = 'YYYY-MM-DD';
// Notices go to the door in the order of the building: 1-101 before 1-1001.
const byAddress = new Intl.Collator('zh-CN', { numeric: true });

/** Route /dunning/letters */
export default function LettersPage() {
  const { project, roles } = useProject();
  const { t } = useI18n();
  if (!may(roles, 'readLetters')) return <Alert type="info" showIcon message={t('dunningDesk.letters.noAccess')} data-testid="dunning-letters-no-access" />;
  return <Letters key={project.id} projectId={project.id} />;
}

function Letters({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<LetterFilter>(() => ({
    stage: 'second', channel: 'letter', from: dayjs().subtract(30, 'day').format(DAY), to: dayjs().format(DAY),
  }));
  const rows = useQuery({ queryKey: ['dunning', projectId, 'letters', filter], queryFn: () => listLetters(projectId, filter) });
  const ordered = useMemo(() => [...(rows.data ?? [])].sort((a, b) => byAddress.compare(a.recipient, b.recipient)), [rows.data]);
  const letters = useMemo(() => ordered.map(letterOf), [ordered]);
  const fileName = `${stageLabel(t, filter.stage)}-${filter.from}-${filter.to}`;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={4}>{t('dunning_letters.dunning_letters')}</Typography.Title>
      <Space wrap>
        <Select style={{ width: 160 }} value={filter.stage} onChange={(stage: string) => setFilter({ ...filter, stage })} data-testid="dunning-letters-stage"
          options={STAGES.map((stage) => ({ value: stage, label: stageLabel(t, stage) }))} />
        <Radio.Group optionType="button" value={filter.channel} onChange={(e) => setFilter({ ...filter, channel: e.target.value as PrintedChannel })}
          options={PRINTED_CHANNELS.map((c) => ({ value: c, label: <span data-testid={`dunning-letters-channel-${c}`}>{t(`dunningDesk.channels.${c}`)}</span> }))} />
        <DatePicker.RangePicker data-testid="dunning-letters-range" format={DAY} allowClear={false}
          value={[dayjs(filter.from, DAY), dayjs(filter.to, DAY)]}
          onChange={(range) => {
            const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
            if (from && to) setFilter({ ...filter, from: from.format(DAY), to: to.format(DAY) });
          }} />
        <Button type="primary" disabled={letters.length === 0} onClick={() => printAs(fileName)} data-testid="dunning-letters-print">{t('dunningDesk.letters.print')}</Button>
        <Tooltip title={t('dunningDesk.letters.pdfHint')}>
          <Button disabled={letters.length === 0} onClick={() => printAs(fileName)}>{t('dunningDesk.letters.pdf')}</Button>
        </Tooltip>
      </Space>
      {rows.error && <Alert type="error" showIcon message={rows.error.message} />}
      {rows.data && letters.length === 0 && <Empty description={t('dunningDesk.letters.none')} />}
      {letters.length > 0 && (
        <>
          <Typography.Text data-testid="dunning-letters-count">{t('dunningDesk.letters.count', { count: letters.length })}</Typography.Text>
          <Typography.Title level={5}>{t('dunningDesk.letters.deliveryTitle')}</Typography.Title>
          <DeliveryTable rows={ordered} />
          <PrintSheets paper="a4" testId="dunning-letters-preview">
            {letters.map((letter) => <LetterSheet key={letter.id} letter={letter} />)}
          </PrintSheets>
        </>
      )}
    </Space>
  );
}
