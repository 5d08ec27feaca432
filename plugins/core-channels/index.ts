import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { text } from '../shared/schema.js';
import { notice, smsText } from './wording.js';

// The channels dunning messages go out by. Wording only: sending is the runtime's transport for each channel
// (locally the log channel of supabase/functions/outbox-deliver records what would be sent).
export const coreChannels: Plugin = {
  manifest: builtInManifest('core.channels', '催缴渠道', 'Dunning channels'),
  channels: [
    { id: 'sms', label: text('短信', 'SMS'), render: (m) => ({ body: smsText(m) }) },
    { id: 'app', label: text('App 推送', 'App notice'), render: (m) => ({ subject: notice(m).subject, body: smsText(m) }) },
    { id: 'email', label: text('邮件', 'Email'), render: notice },
    { id: 'letter', label: text('书面函件', 'Letter'), render: notice },
    { id: 'door', label: text('上门送达', 'Door notice'), render: notice },
  ],
};
