import { createRoot } from 'react-dom/client';
import { MicPermissionPage } from './MicPermissionPage';
import '@/components/theme.css';
import './style.css';

createRoot(document.getElementById('root')!).render(<MicPermissionPage />);
