/** The filter button's text: "Status", or "Status: Running, Failed" with a choice. */
export function filterLabel(label: string, active: readonly { readonly label: string }[]): string {
  return active.length > 0 ? `${label}: ${active.map((option) => option.label).join(', ')}` : label;
}
