import { ChevronDown } from 'lucide-react';
import { useNamespace } from './namespace-context.ts';

/**
 * The namespace switch in the header; only in multi-user installs. A native <select>: accessible,
 * keyboard-friendly, and no extra JavaScript on the first load.
 */
export function NamespacePicker() {
  const { multiUser, namespace, namespaces, setNamespace } = useNamespace();
  if (!multiUser || namespaces.length === 0) return null;
  return (
    <label className="namespace-picker">
      <span className="namespace-picker__label">Namespace</span>
      <span className="namespace-picker__control">
        <select
          className="select-trigger namespace-picker__select"
          value={namespace ?? ''}
          onChange={(event) => {
            if (event.target.value && event.target.value !== namespace)
              setNamespace(event.target.value);
          }}
        >
          {namespace === undefined && (
            <option value="" disabled>
              Choose…
            </option>
          )}
          {namespaces.map((ns) => (
            <option key={ns} value={ns}>
              {ns}
            </option>
          ))}
        </select>
        <ChevronDown size={16} aria-hidden className="namespace-picker__chevron" />
      </span>
    </label>
  );
}
