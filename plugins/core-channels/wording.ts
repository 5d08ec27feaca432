// How a message reads: a dunning message per stage — an SMS sentence, and the title and body of a written notice
// (首次/第二次/最后催款通知单) printed or delivered to the door — or an owner notice (an announcement, news of a
// service request) as the office wrote it.
import type { ChannelMessage, DunningMessage, NoticeMessage } from '../../rules/plugin/types.js';

const STAGES: Readonly<Record<string, { sms: string; title: string; ask: string }>> = {
  reminder: { sms: '将于{due}到期', title: '缴费提醒', ask: '请于到期日前缴纳。' },
  first: { sms: '已超过缴费期限（{due}）', title: '首次催款通知单', ask: '请收到本通知后尽快缴纳。' },
  second: { sms: '经催缴仍未缴纳', title: '第二次催款通知单', ask: '请于收到本通知之日起十日内缴清。' },
  final: { sms: '经多次催缴仍未缴纳', title: '最后催款通知单', ask: '请于收到本通知之日起十日内缴清，逾期我司将依法采取进一步措施。' },
  legal: { sms: '经多次催缴仍未缴纳，我司将依法处理', title: '法律程序告知书', ask: '请尽快与管理处联系协商。' },
};
const OTHER = { sms: '尚未缴纳', title: '催款通知单', ask: '请尽快缴纳。' };

const stageOf = (m: DunningMessage) => STAGES[m.stage] ?? OTHER;
const earliestDue = (m: DunningMessage) => m.bills.map((b) => b.dueDate).sort()[0] ?? m.on;
const contact = (m: { officePhone: string | null }) => (m.officePhone ? `咨询电话 ${m.officePhone}。` : '详询物业管理处。');

export function smsText(m: ChannelMessage): string {
  if (m.kind === 'notice') return `【${m.project}】${m.owner ? `${m.owner}您好：` : ''}${m.title}：${m.body}${contact(m)}`;
  const items = [...new Set(m.bills.map((b) => b.feeItem))].join('、');
  const rooms = [...new Set(m.bills.map((b) => b.room))].join('、');
  return `【${m.project}】${m.owner}您好：您名下${rooms}的${items}共¥${m.total}${stageOf(m).sms.replace('{due}', earliestDue(m))}，请尽快缴纳，已缴请忽略。${contact(m)}`;
}

export function notice(m: ChannelMessage): { subject: string; body: string } {
  if (m.kind === 'notice') return ownerNotice(m);
  const stage = stageOf(m);
  const lines = m.bills.map((b) => `  ${b.room}  ${b.feeItem}  ${b.periodStart} 至 ${b.periodEnd}  应缴 ¥${b.balance}（到期日 ${b.dueDate}）`);
  return {
    subject: stage.title,
    body: [
      `${stage.title}`,
      `尊敬的${m.owner}业主（${m.address}）：`,
      `截至 ${m.on}，您有以下费用尚未缴纳：`,
      ...lines,
      `合计 ¥${m.total}。${stage.ask}${contact(m)}`,
      `${m.project}物业服务中心  ${m.on}`,
    ].join('\n'),
  };
}

function ownerNotice(m: NoticeMessage): { subject: string; body: string } {
  return {
    subject: m.title,
    body: [m.title, ...(m.owner ? [`尊敬的${m.owner}业主：`] : []), m.body, contact(m), `${m.project}物业服务中心  ${m.on}`].join('\n'),
  };
}
