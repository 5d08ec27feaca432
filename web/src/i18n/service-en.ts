// The service desk's and the owner page's words in English (part of en.ts).
import type { serviceZh } from './service-zh';

export const serviceEn: typeof serviceZh = {
  service_desk: { service_desk: 'Service desk' },
  service_intake: { service_intake: 'New request' },
  service_callbacks: { service_callbacks: 'Callbacks' },
  service_work_orders: { service_work_orders: 'My work orders' },
  service_stats: { service_stats: 'Service dashboard' },
  service_announcements: { service_announcements: 'Announcements' },
  service_categories: { service_categories: 'Categories and service levels' },
  serviceDesk: {
    photos: { title: 'Photos ({{count}}/{{max}})', add: 'Add photos', none: 'No photos', intake: 'Photos', intakeHint: 'Up to 9; shrunk to about 200 KB when saved', failed: 'Request {{no}} is taken, but its photos were not saved: {{reason}}. Add them again from the request.' },
    listSeparator: ', ',
    duration: { days: '{{n}} d', hours: '{{n}} h', minutes: '{{n}} min' },
    clock: { due: 'Due by {{time}}', left: '{{time}} left', over: '{{time}} over' },
    clocks: { accept: 'Accept', dispatch: 'Dispatch', complete: 'Complete', callback: 'Callback' },
    flags: { emergency: 'Emergency', dispute: 'Dispute', escalated: 'Escalated', reopened: 'Reopened {{count}}×' },
    columns: { no: 'No.', flags: 'Flags', category: 'Category', who: 'Unit / owner / contact', description: 'Request', status: 'Status', clock: 'Due', actions: 'Actions' },
    desk: { empty: 'No open requests', open: 'Details', reload: 'Refresh', watch: '{{count}} request(s) breached or due within 10 minutes', all: 'All' },
    request: {
      title: 'Request {{no}}', loading: 'Loading the request…', save: 'Save', saved: 'Saved', no: 'No. {{no}}',
      disputes: '{{count}} bill(s) under dispute: dunning paused', workOrders: 'Work orders', callbacks: 'Callbacks', timeline: 'Timeline', forOwner: 'Visible to the owner',
    },
    fields: {
      reason: 'Why it is out of scope', referral: 'Referral (where to go instead)', note: 'Note', resolution: 'Resolution', forOwner: 'Visible to the owner',
      channel: 'Channel', owner: 'Owner', unit: 'Unit', contact: 'Contact', contactName: 'Contact name', contactPhone: 'Contact phone', location: 'Location',
      preferredTime: 'Preferred time', department: 'Department', receivedAt: 'Received at', description: 'Request', urgency: 'Urgency', bills: 'Disputed bills',
    },
    steps: { accept: 'Accept', reject: 'Reject', dispatch: 'Dispatch', on_site: 'On site', done: 'Done', callback: 'Call back', close: 'Close', note: 'Note' },
    dispatch: {
      title: 'Dispatch · No. {{no}}', save: 'Dispatch', department: 'Department', assignee: 'Assignee',
      assigneeHint: 'Field staff of the department come first; leave empty to send it to the department',
      instructions: 'Instructions', contact: 'Contact on site', deadline: 'Deadline', deadlineHint: "Empty: the category's completion time",
    },
    callback: {
      title: 'Callback · No. {{no}}', reached: 'Owner reached?', yes: 'Reached', no: 'Not reached', satisfaction: 'Satisfaction', outcome: 'Unsatisfied: what next',
      reopen: 'Dispatch again', escalate: 'Escalate to the supervisor', comment: "Owner's comment", stars: '{{n}} stars',
    },
    outcomes: { satisfied: 'Satisfied', reopen: 'Reopened', escalate: 'Escalated', unreached: 'Not reached' },
    eventKinds: { status: 'Status', note: 'Note', dispatch: 'Dispatch', callback: 'Callback', escalation: 'Escalation', dispute: 'Bill dispute' },
    workOrders: {
      deadline: 'Complete by {{time}}', onSiteAt: 'On site {{time}}', finishedAt: 'Done {{time}}', cancelledAt: 'Replaced {{time}}',
      allDepartments: 'All departments', empty: 'No open work orders', what: 'Instructions / request',
    },
    intake: {
      created: 'Recorded as No. {{no}}', acceptDue: 'Accept by {{time}}', dispatchDue: 'Dispatch by {{time}}',
      ownerHint: 'Type a room number, an owner name or a phone number', emergency: 'Emergency: dispatched first, the supervisor is notified',
      billsHint: 'Dunning pauses for these bills while the dispute is open', billsNeedOwner: 'Choose the owner first, then the disputed bills', submit: 'Record',
    },
    categories: {
      kind: 'Kind', accept: 'Accept within', dispatch: 'Dispatch within', complete: 'Complete within', callback: 'Call back within', minutes: 'min',
      nameZh: 'Chinese name', nameEn: 'English name', emergency: 'Emergency', emergencyHint: 'Dispatched first, supervisor notified', active: 'In use',
      inactive: 'Switched off', edit: 'Edit', add: 'Add sub-category', editTitle: 'Edit category: {{name}}', addTitle: 'New sub-category of “{{name}}”',
      stale: 'Someone has just changed this category: close the dialog and open it again',
    },
    announcements: {
      send: 'New announcement', submit: 'Send', title: 'Title', body: 'Text', scope: 'To', wholeProject: 'All owners', channels: 'Channels',
      at: 'Sent at', recipients: 'Messages', delivery: 'Delivery', counts: '{{sent}} sent · {{queued}} waiting · {{failed}} failed',
      queued: '{{count}} messages queued',
    },
    stats: {
      columns: {
        name: 'Group', requests: 'Requests', emergencies: 'Emergencies', accept_rate: 'Accepted in time', dispatch_rate: 'Dispatched in time',
        complete_rate: 'Completed in time', avg_work_minutes: 'Avg. working minutes', callbacks: 'Called back / due', callback_rate: 'Callback rate',
        rated: 'Satisfied / rated', satisfaction_rate: 'Satisfaction',
      },
      groups: { category: 'By category', department: 'By department', month: 'By month', assignee: 'By assignee' },
      unassigned: 'No assignee', total: 'Total', empty: 'No requests in these days', sheetTitle: 'Service dashboard {{start}} to {{end}} ({{group}})',
      charts: { requests: 'Requests', others: 'Others', target: 'Target', below: 'Below target' },
    },
  },
  ownerStory: {
    title: 'Owner: {{owner}}', phone: 'Phone', balance: 'Balance owed', tags: 'Tags', note: 'Note', current: 'now', prepaid: 'Prepaid',
    open: 'Owner page',
    tabs: { units: 'Units', bills: 'Bills', payments: 'Payments and receipts', dunning: 'Dunning', promises: 'Promises and plans', service: 'Service requests', contacts: 'Conversations' },
    columns: {
      at: 'Time', channel: 'Channel', outcome: 'Outcome', promise: 'Promised date', summary: 'Summary', by: 'Recorded by', room: 'Unit', area: 'Area', from: 'From',
      to: 'To', fee: 'Fee item', period: 'Period', due: 'Due', total: 'Amount', paid: 'Paid', balance: 'Balance', status: 'Status', amount: 'Amount',
      method: 'Method', receipts: 'Receipts', day: 'Day', stage: 'Stage', schedule: 'Schedule', callbacks: 'Callbacks',
    },
  },
};
