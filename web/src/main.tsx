// Must run before antd renders anything: makes antd 5 work with React 19.
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readSupabaseEnv } from './config/env';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

const check = readSupabaseEnv(import.meta.env);
if (check.ok) {
  void import('./App').then(({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
} else {
  void import('./components/MissingEnv').then(({ MissingEnv }) => root.render(<MissingEnv missing={check.missing} />));
}
