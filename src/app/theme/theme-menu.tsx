import { Check, Monitor, Moon, Sun } from 'lucide-react';
import { HeaderMenu } from '@/components/header-menu';
import { THEME_MODES, setThemeMode, useThemeMode, type ThemeMode } from './theme.ts';

const labels: Record<ThemeMode, string> = { light: 'Light', dark: 'Dark', system: 'System' };
const icons: Record<ThemeMode, typeof Sun> = { light: Sun, dark: Moon, system: Monitor };

export function ThemeMenu() {
  const mode = useThemeMode();
  const Icon = icons[mode];
  return (
    <HeaderMenu
      name="theme"
      label={`Theme: ${labels[mode]}`}
      buttonClassName="btn btn--ghost btn--icon"
      button={<Icon size={18} aria-hidden />}
    >
      {(closes) => (
        <>
          <div className="menu__label">Theme</div>
          {THEME_MODES.map((m) => {
            const ItemIcon = icons[m];
            return (
              <button
                key={m}
                type="button"
                className="menu__item"
                {...closes}
                aria-pressed={m === mode}
                onClick={() => setThemeMode(m)}
              >
                <ItemIcon size={16} aria-hidden />
                {labels[m]}
                {m === mode && <Check size={16} aria-hidden className="menu__item-indicator" />}
              </button>
            );
          })}
        </>
      )}
    </HeaderMenu>
  );
}
