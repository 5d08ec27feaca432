// The demo logins (docs: /tmp/spec/schema.md, "Demo logins"). One role per login; project null = every project of
// the company. bjyh has no login of its own: the jinxiu HQ logins see it.
export type AppRole = 'hq_admin' | 'hq_analyst' | 'manager' | 'finance' | 'cashier' | 'agent' | 'engineer';
/** The department of field staff (role engineer: 工程, 保洁, 秩序, 绿化). */
export type Department = 'engineering' | 'cleaning' | 'security' | 'greening' | 'customer_service';

export const APP_ROLES: readonly AppRole[] = ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent', 'engineer'];

export const DEMO_PASSWORD = 'FeeGrid-demo-2026';

export interface DemoUser {
  email: string;
  password: string;
  full_name: string;
  phone: string;
  role: AppRole;
  company: string;
  project: string | null;
  department?: Department;
}

const user = (email: string, full_name: string, phone: string, role: AppRole, company: string, project: string | null): DemoUser => ({
  email, password: DEMO_PASSWORD, full_name, phone, role, company, project,
});

export const DEMO_USERS: readonly DemoUser[] = [
  user('hq.admin@jinxiu.demo', '周建国', '13805710001', 'hq_admin', 'jinxiu', null),
  user('hq.analyst@jinxiu.demo', '林晓雯', '13805710002', 'hq_analyst', 'jinxiu', null),
  user('manager@jxhy.demo', '王志强', '13905710011', 'manager', 'jinxiu', 'jxhy'),
  user('finance@jxhy.demo', '陈丽华', '13905710012', 'finance', 'jinxiu', 'jxhy'),
  user('cashier@jxhy.demo', '李娜', '13905710013', 'cashier', 'jinxiu', 'jxhy'),
  user('agent@jxhy.demo', '张敏', '13905710014', 'agent', 'jinxiu', 'jxhy'),
  { ...user('engineer@jxhy.demo', '孙建军', '13905710015', 'engineer', 'jinxiu', 'jxhy'), department: 'engineering' },
  user('manager@chy.demo', '刘洋', '13905710021', 'manager', 'jinxiu', 'chy'),
  user('hq.admin@huating.demo', '黄伟', '13805120001', 'hq_admin', 'huating', null),
  user('manager@htya.demo', '赵静', '13905120011', 'manager', 'huating', 'htya'),
];
