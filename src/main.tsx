import { start } from './app/start.ts';
import { applyThemeMode, readThemeMode } from './app/theme/theme-mode.ts';
import './styles/index.css';

// Before the first paint, so a dark-mode user never sees a white flash.
applyThemeMode(readThemeMode());

void start();
