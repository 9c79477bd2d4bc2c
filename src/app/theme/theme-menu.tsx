import { Monitor, Moon, Sun } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { THEME_MODES, setThemeMode, useThemeMode, type ThemeMode } from './theme.ts';

const labels: Record<ThemeMode, string> = { light: 'Light', dark: 'Dark', system: 'System' };
const icons: Record<ThemeMode, typeof Sun> = { light: Sun, dark: Moon, system: Monitor };

export function ThemeMenu() {
  const mode = useThemeMode();
  const Icon = icons[mode];
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="btn btn--ghost btn--icon" aria-label={`Theme: ${labels[mode]}`}>
        <Icon size={18} aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu__label">Theme</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={mode}
            onValueChange={(value) => {
              const next = THEME_MODES.find((m) => m === value);
              if (next) setThemeMode(next);
            }}
          >
            {THEME_MODES.map((m) => {
              const ItemIcon = icons[m];
              return (
                <DropdownMenu.RadioItem key={m} value={m} className="menu__item">
                  <ItemIcon size={16} aria-hidden />
                  {labels[m]}
                  <DropdownMenu.ItemIndicator className="menu__item-indicator">✓</DropdownMenu.ItemIndicator>
                </DropdownMenu.RadioItem>
              );
            })}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
