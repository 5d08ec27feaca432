import { AuthPage } from '@refinedev/antd';
import { LangSwitch } from '../../components/layout/LangSwitch';

/** Email + password sign-in (antd AuthPage: inputs #email and #password); no self sign-up. */
export default function LoginPage() {
  return (
    <AuthPage
      type="login"
      registerLink={false}
      forgotPasswordLink={false}
      rememberMe={false}
      renderContent={(content, title) => (
        <>
          {title}
          <div style={{ display: 'flex', justifyContent: 'center', marginBottom: 16 }}>
            <LangSwitch />
          </div>
          {content}
        </>
      )}
    />
  );
}
