import { Check, ChevronDown } from 'lucide-react';
import { Select } from 'radix-ui';
import { useId } from 'react';
import { useNamespace } from './namespace-context.ts';

/** The namespace switch in the header; only in multi-user installs. */
export function NamespacePicker() {
  const { multiUser, namespace, namespaces, setNamespace } = useNamespace();
  const labelId = useId();
  if (!multiUser || namespaces.length === 0) return null;
  return (
    <div className="namespace-picker">
      <span id={labelId} className="namespace-picker__label">
        Namespace
      </span>
      <Select.Root value={namespace ?? ''} onValueChange={(value) => value !== namespace && setNamespace(value)}>
        <Select.Trigger className="select-trigger" aria-labelledby={labelId}>
          <Select.Value placeholder="Choose…" />
          <Select.Icon>
            <ChevronDown size={16} aria-hidden />
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="menu" position="popper" sideOffset={6}>
            <Select.Viewport>
              {namespaces.map((ns) => (
                <Select.Item key={ns} value={ns} className="menu__item">
                  <Select.ItemText>{ns}</Select.ItemText>
                  <Select.ItemIndicator className="menu__item-indicator">
                    <Check size={16} aria-hidden />
                  </Select.ItemIndicator>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  );
}
