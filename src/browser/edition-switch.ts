/**
 * The 简/繁 switch is a plain link to the same page in the other edition. With JavaScript it
 * also keeps where the reader is: the section anchor (#priority-5) and the query (?q=…).
 */
document.querySelector<HTMLAnchorElement>('a.edition-switch')?.addEventListener('click', ({ currentTarget }) => {
  const link = currentTarget as HTMLAnchorElement;
  link.search = location.search;
  link.hash = location.hash;
});

// A module (Astro bundles it as one), not a global script.
export {};
