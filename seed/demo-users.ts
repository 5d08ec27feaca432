// The demo logins (docs: /tmp/spec/schema.md, "Demo logins"). One role per login; project null = every project of
// the company. bjyh has no login of its own: the jinxiu HQ logins see it.
export type AppRole = 'hq_admin' | 'hq_analyst' | 'manager' | 'finance' | 'cashier' | 'agent';

export const APP_ROLES: readonly AppRole[] = ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent'];

export const DEMO_PASSWORD = 'FeeGrid-demo-2026';

export interface DemoUser {
  email: string;
  password: string;
  full_name: string;
  phone: string;
  role: AppRole;
  company: string;
  project: string | null;
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
  user('manager@chy.demo', '刘洋', '13905710021', 'manager', 'jinxiu', 'chy'),
  user('hq.admin@huating.demo', '黄伟', '13805120001', 'hq_admin', 'huating', null),
  user('manager@htya.demo', '赵静', '13905120011', 'manager', 'huating', 'htya'),
];
