// GCC dump node names are 'name/order' ('sq/3', 'foo.isra.0/12'). The order is a per-TU number that
// is not stable between builds: compare by name only.
export interface DumpNode {
  name: string;
  order?: number;
}

export function parseDumpNode(text: string): DumpNode {
  const slash = text.lastIndexOf('/');
  if (slash > 0 && /^\d+$/.test(text.slice(slash + 1))) {
    return { name: text.slice(0, slash), order: Number(text.slice(slash + 1)) };
  }
  return { name: text };
}
