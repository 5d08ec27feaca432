// The service desk's and the owner page's words in Simplified Chinese (part of zh-CN.ts, kept apart for its size).
export const serviceZh = {
  service_desk: { service_desk: '服务台' },
  service_intake: { service_intake: '受理登记' },
  service_callbacks: { service_callbacks: '回访' },
  service_work_orders: { service_work_orders: '我的派工单' },
  service_stats: { service_stats: '服务看板' },
  service_announcements: { service_announcements: '公告通知' },
  service_categories: { service_categories: '服务类别与时限' },
  serviceDesk: {
    photos: { title: '照片（{{count}}/{{max}}）', add: '添加照片', none: '暂无照片', intake: '照片', intakeHint: '最多 9 张；保存时缩小到约 200 KB', failed: '服务单 {{no}} 已登记，但照片未能保存：{{reason}}。可在服务单详情中重新添加。' },
    listSeparator: '、',
    duration: { days: '{{n}}天', hours: '{{n}}小时', minutes: '{{n}}分钟' },
    clock: { due: '应于 {{time}} 前', left: '剩 {{time}}', over: '超时 {{time}}' },
    clocks: { accept: '受理', dispatch: '派工', complete: '完成', callback: '回访' },
    flags: { emergency: '紧急', dispute: '争议', escalated: '已升级', reopened: '返工 {{count}} 次' },
    columns: { no: '单号', flags: '标记', category: '类别', who: '房号 / 业主 / 联系人', description: '内容', status: '状态', clock: '时限', actions: '操作' },
    desk: { empty: '没有待处理的服务单', open: '详情', reload: '刷新', watch: '{{count}} 单已超时或将在 10 分钟内超时', all: '全部' },
    request: {
      title: '服务单 {{no}}', loading: '正在加载服务单…', save: '保存', saved: '已保存', no: '单号 {{no}}',
      disputes: '{{count}} 张账单争议中，暂停催缴', workOrders: '派工单', callbacks: '回访记录', timeline: '处理经过', forOwner: '对业主可见',
    },
    fields: {
      reason: '不予受理原因', referral: '转介（应联系何处）', note: '说明', resolution: '处理结果', forOwner: '对业主可见',
      channel: '来源渠道', owner: '业主', unit: '房号', contact: '联系人', contactName: '联系人', contactPhone: '联系电话', location: '位置',
      preferredTime: '预约时间', department: '责任部门', receivedAt: '受理时间', description: '诉求内容', urgency: '紧急程度', bills: '争议账单',
    },
    steps: { accept: '受理', reject: '不予受理', dispatch: '派工', on_site: '到场', done: '完成', callback: '回访', close: '结案', note: '备注' },
    dispatch: {
      title: '派工 · 单号 {{no}}', save: '派工', department: '部门', assignee: '处理人', assigneeHint: '本部门现场人员排在前面；不选则派给部门',
      instructions: '工作内容', contact: '现场联系方式', deadline: '完成期限', deadlineHint: '不填则按类别的完成时限',
    },
    callback: {
      title: '回访 · 单号 {{no}}', reached: '是否联系上业主', yes: '已联系上', no: '未联系上', satisfaction: '满意度', outcome: '不满意的处理',
      reopen: '重新派工', escalate: '升级主管', comment: '业主意见', stars: '{{n}} 星',
    },
    outcomes: { satisfied: '满意', reopen: '重新派工', escalate: '升级主管', unreached: '未联系上' },
    eventKinds: { status: '状态', note: '备注', dispatch: '派工', callback: '回访', escalation: '升级', dispute: '账单争议' },
    workOrders: {
      deadline: '限 {{time}} 前完成', onSiteAt: '{{time}} 到场', finishedAt: '{{time}} 完成', cancelledAt: '{{time}} 已改派',
      allDepartments: '全部部门', empty: '没有待办的派工单', what: '工作内容 / 业主诉求',
    },
    intake: {
      created: '已登记，单号 {{no}}', acceptDue: '请于 {{time}} 前受理', dispatchDue: '请于 {{time}} 前派工',
      ownerHint: '输入房号、业主姓名或电话查找', emergency: '紧急事项：将优先派工并通知主管', billsHint: '争议期间这些账单暂停催缴',
      billsNeedOwner: '先选择业主，再选择争议账单', submit: '登记',
    },
    categories: {
      kind: '类型', accept: '受理时限', dispatch: '派工时限', complete: '完成时限', callback: '回访时限', minutes: '分钟',
      nameZh: '中文名称', nameEn: '英文名称', emergency: '紧急事项', emergencyHint: '优先派工，并通知主管', active: '启用', inactive: '已停用',
      edit: '编辑', add: '添加子类', editTitle: '编辑类别：{{name}}', addTitle: '在「{{name}}」下添加子类',
      stale: '这个类别刚被他人修改过，请关闭后重新打开再改',
    },
    announcements: {
      send: '发布公告', submit: '发送', title: '标题', body: '内容', scope: '发送范围', wholeProject: '全体业主', channels: '发送渠道',
      at: '发布时间', recipients: '消息数', delivery: '送达情况', counts: '已发 {{sent}} · 待发 {{queued}} · 失败 {{failed}}',
      queued: '已排入发送队列：{{count}} 条消息',
    },
    stats: {
      columns: {
        name: '分组', requests: '受理量', emergencies: '紧急', accept_rate: '及时受理率', dispatch_rate: '及时派工率', complete_rate: '按时完成率',
        avg_work_minutes: '平均处理分钟', callbacks: '已回访/应回访', callback_rate: '回访率', rated: '满意/评价', satisfaction_rate: '满意率',
      },
      groups: { category: '按类别', department: '按部门', month: '按月份', assignee: '按处理人' },
      unassigned: '未指定处理人', total: '合计', empty: '所选期间没有服务单', sheetTitle: '服务看板 {{start}} 至 {{end}}（{{group}}）',
      charts: { requests: '受理量', others: '一般', target: '目标', below: '未达目标' },
    },
  },
  ownerStory: {
    title: '业主档案：{{owner}}', phone: '电话', balance: '欠费余额', tags: '标签', note: '备注', current: '至今', prepaid: '预存款',
    open: '业主档案',
    tabs: { units: '房屋', bills: '账单', payments: '缴费与收据', dunning: '催缴记录', promises: '承诺与分期', service: '服务请求', contacts: '沟通记录' },
    columns: {
      at: '时间', channel: '方式', outcome: '结果', promise: '承诺付款日', summary: '内容', by: '记录人', room: '房号', area: '面积', from: '起', to: '止',
      fee: '收费项目', period: '期间', due: '截止日', total: '金额', paid: '已收', balance: '欠费', status: '状态', amount: '金额', method: '方式',
      receipts: '收据', day: '日期', stage: '阶段', schedule: '分期', callbacks: '回访',
    },
  },
};
