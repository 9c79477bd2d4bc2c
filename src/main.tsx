import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app/boot.tsx';
import { applyThemeMode, readThemeMode } from './app/theme/theme.ts';
import './styles/index.css';

// Before the first paint, so a dark-mode user never sees a white flash.
applyThemeMode(readThemeMode());

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  void boot({
    render: (node) => {
      root.render(<StrictMode>{node}</StrictMode>);
    },
  });
}
