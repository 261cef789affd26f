/** The items before and after `current` in reading order (undefined at either end). */
export function neighbours<T>(ordered: readonly T[], current: T): { prev: T | undefined; next: T | undefined } {
  const index = ordered.indexOf(current);
  if (index < 0) throw new Error('neighbours: the current item is not in the list');
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}
