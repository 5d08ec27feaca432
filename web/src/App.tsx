import { AccountBookOutlined } from '@ant-design/icons';
import { ErrorComponent, ThemedLayout, useNotificationProvider } from '@refinedev/antd';
import '@refinedev/antd/dist/reset.css';
import { Authenticated, Refine } from '@refinedev/core';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  NavigateToResource,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, useCallback, useMemo, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { AppHeader } from './components/layout/AppHeader';
import type { RowAction } from './components/resource/columns';
import { StoryLink } from './routes/owners/story/StoryLink';
import { canUse } from './domain/permissions';
import type { ResourceSpec } from './fields/resource-spec';
import { localeStore } from './i18n/locale-store';
import type { Locale } from './i18n/locales';
import { pageTitle } from './i18n/messages';
import { useLocale } from './i18n/use-i18n';
import { createAccessControl } from './providers/access-control';
import { authProvider } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { createI18nProvider } from './providers/i18n-provider';
import { supabaseClient } from './providers/supabase-client';
import { crudPaths, resources } from './resources';
import { columnLabels, RESOURCE_SPECS } from './routes/specs';
import { ProjectProvider } from './session/ProjectProvider';
import { useProject } from './session/project-context';
import { usePrefersReducedMotion } from './components/use-reduced-motion';

// Route pages load on demand; the first bundle holds only the shell.
const lazyNamed = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }));
const ResourceListPage = lazyNamed<{ spec: ResourceSpec; rowAction?: RowAction }>(async () =>
  (await import('./components/resource/ResourceListPage')).ResourceListPage,
);
const ResourceFormPage = lazyNamed<{ spec: ResourceSpec; action: 'create' | 'edit' }>(async () =>
  (await import('./components/resource/ResourceFormPage')).ResourceFormPage,
);
const LoginPage = lazy(() => import('./routes/login'));
const PolicyListPage = lazy(() => import('./routes/policies/list/PolicyListPage'));
const PolicyEditorPage = lazy(() => import('./routes/policies/editor/PolicyEditorPage'));
const BillingRunsPage = lazy(() => import('./routes/billing-runs/BillingRunsPage'));
const BillsPage = lazy(() => import('./routes/bills/BillsPage'));
const ImportPage = lazy(() => import('./routes/imports/ImportPage'));
const StatementPage = lazy(() => import('./routes/statement/StatementPage'));
const AdjustmentsPage = lazy(() => import('./routes/adjustments/AdjustmentsPage'));
const PaymentNoticesPage = lazy(() => import('./routes/notices/PaymentNoticesPage'));
const CashierDeskPage = lazy(() => import('./routes/cashier/desk/DeskPage'));
const ReceiptsPage = lazy(() => import('./routes/cashier/receipts/ReceiptsPage'));
const DailyClosePage = lazy(() => import('./routes/cashier/daily-close/DailyClosePage'));
const ParkingHandoverPage = lazy(() => import('./routes/cashier/parking/ParkingHandoverPage'));
const DunningDeskPage = lazy(() => import('./routes/dunning/desk/DeskPage'));
const InstallmentPlansPage = lazy(() => import('./routes/dunning/plans/PlansPage'));
const LegalEscalationPage = lazy(() => import('./routes/dunning/legal/LegalPage'));
const DunningLettersPage = lazy(() => import('./routes/dunning/letters/LettersPage'));
const HqDashboardPage = lazy(() => import('./routes/analytics/HqDashboardPage'));
const ProjectDashboardPage = lazy(() => import('./routes/analytics/ProjectDashboardPage'));
const CurrentProjectDashboard = lazyNamed(async () => (await import('./routes/analytics/ProjectDashboardPage')).CurrentProjectDashboard);
const BuildingDashboardPage = lazy(() => import('./routes/analytics/BuildingPage'));
const ServiceDeskPage = lazy(() => import('./routes/service/desk/DeskPage'));
const ServiceIntakePage = lazy(() => import('./routes/service/intake/IntakePage'));
const ServiceCallbacksPage = lazy(() => import('./routes/service/callbacks/CallbacksPage'));
const WorkOrdersPage = lazy(() => import('./routes/service/work-orders/WorkOrdersPage'));
const ServiceStatsPage = lazy(() => import('./routes/service/stats/StatsPage'));
const AnnouncementsPage = lazy(() => import('./routes/service/announcements/AnnouncementsPage'));
const ServiceCategoriesPage = lazy(() => import('./routes/service/categories/CategoriesPage'));
const OwnerStoryPage = lazy(() => import('./routes/owners/story/OwnerStoryPage'));
const TeamPage = lazy(() => import('./routes/team/TeamPage'));

const ownerStoryLink: RowAction = (id) => <StoryLink ownerId={id} />;

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS };
const HOME_RESOURCE = 'units';

const accessControl = createAccessControl();
const dataProvider = createDataProvider(supabaseClient, (resource) => columnLabels(resource, localeStore.get()));

const suspended = (page: ReactNode) => <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{page}</Suspense>;

/** Where the console opens: HQ roles on the company dashboard, office staff on their records, field staff on their work orders. */
function Home() {
  const { roles } = useProject();
  const home = canUse(roles, 'hq_dashboard', 'list') ? 'hq_dashboard' : canUse(roles, HOME_RESOURCE, 'list') ? HOME_RESOURCE : 'service_work_orders';
  return <NavigateToResource resource={home} />;
}

function ConsoleLayout() {
  return (
    <Authenticated key="console" fallback={<CatchAllNavigate to="/login" />}>
      <ProjectProvider onRolesChange={accessControl.setRoles}>
        <ThemedLayout Header={AppHeader}>{suspended(<Outlet />)}</ThemedLayout>
      </ProjectProvider>
    </Authenticated>
  );
}

export function App() {
  const locale = useLocale();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { motion: !reducedMotion } }), [reducedMotion]);
  const i18nProvider = useMemo(() => createI18nProvider(locale, localeStore.set), [locale]);
  const documentTitle = useCallback(
    ({ resource, action }: { resource?: { name: string }; action?: string }) => pageTitle(locale, resource?.name, action),
    [locale],
  );

  return (
    <BrowserRouter>
      <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={dataProvider}
            authProvider={authProvider}
            accessControlProvider={accessControl.provider}
            i18nProvider={i18nProvider}
            notificationProvider={useNotificationProvider}
            resources={resources}
            options={{
              syncWithLocation: true,
              warnWhenUnsavedChanges: true,
              disableTelemetry: true,
              title: { text: 'FeeGrid', icon: <AccountBookOutlined /> },
            }}
          >
            <Routes>
              <Route element={<ConsoleLayout />}>
                <Route index element={<Home />} />
                {Object.values<ResourceSpec>(RESOURCE_SPECS).map((spec) => {
                  const paths = crudPaths(spec.name);
                  return (
                    <Route key={spec.name} path={paths.list}>
                      <Route index element={<ResourceListPage spec={spec} rowAction={spec.name === 'owners' ? ownerStoryLink : undefined} />} />
                      <Route path="create" element={<ResourceFormPage spec={spec} action="create" />} />
                      <Route path="edit/:id" element={<ResourceFormPage spec={spec} action="edit" />} />
                    </Route>
                  );
                })}
                <Route path="/policies">
                  <Route index element={<PolicyListPage />} />
                  <Route path="edit/:id" element={<PolicyEditorPage />} />
                </Route>
                <Route path="/billing/runs" element={<BillingRunsPage />} />
                <Route path="/billing/bills" element={<BillsPage />} />
                <Route path="/imports" element={<ImportPage />} />
                <Route path="/billing/statement" element={<StatementPage />} />
                <Route path="/billing/adjustments" element={<AdjustmentsPage />} />
                <Route path="/billing/notices" element={<PaymentNoticesPage />} />
                <Route path="/cashier/desk" element={<CashierDeskPage />} />
                <Route path="/cashier/receipts" element={<ReceiptsPage />} />
                <Route path="/cashier/daily-close" element={<DailyClosePage />} />
                <Route path="/cashier/parking-handover" element={<ParkingHandoverPage />} />
                <Route path="/dunning/actions" element={<DunningDeskPage />} />
                <Route path="/dunning/plans" element={<InstallmentPlansPage />} />
                <Route path="/dunning/legal" element={<LegalEscalationPage />} />
                <Route path="/dunning/letters" element={<DunningLettersPage />} />
                <Route path="/analytics">
                  <Route index element={<HqDashboardPage />} />
                  <Route path="project" element={<CurrentProjectDashboard />} />
                  <Route path="projects/:id" element={<ProjectDashboardPage />} />
                  <Route path="projects/:id/buildings/:buildingId" element={<BuildingDashboardPage />} />
                </Route>
                <Route path="/service/desk" element={<ServiceDeskPage />} />
                <Route path="/service/intake" element={<ServiceIntakePage />} />
                <Route path="/service/callbacks" element={<ServiceCallbacksPage />} />
                <Route path="/service/work-orders" element={<WorkOrdersPage />} />
                <Route path="/service/stats" element={<ServiceStatsPage />} />
                <Route path="/service/announcements" element={<AnnouncementsPage />} />
                <Route path="/service/categories" element={<ServiceCategoriesPage />} />
                <Route path="/owners/:id/story" element={<OwnerStoryPage />} />
                <Route path="/team" element={<TeamPage />} />
                <Route path="*" element={<ErrorComponent />} />
              </Route>
              <Route
                element={
                  <Authenticated key="login" fallback={<Outlet />}>
                    <Navigate to="/" replace />
                  </Authenticated>
                }
              >
                <Route path="/login" element={suspended(<LoginPage />)} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
            {/* Keyed by language: the handler only runs on navigation otherwise. */}
            <DocumentTitleHandler key={locale} handler={documentTitle} />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
