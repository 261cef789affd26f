/**
 * The phone 目录 menu (a <details> in the header, Base.astro) closes like a menu: with Esc
 * (focus back on its summary), after a reader chooses an entry (on /full/ the page does not
 * change, so the menu would stay open over the section), and on a tap or click outside it.
 * Inlined into pages with the menu: keep it small.
 */
const menu = document.querySelector<HTMLDetailsElement>('details.toc-menu');
const summary = menu?.querySelector('summary');

if (menu && summary) {
  addEventListener('keydown', (event) => {
    // A dialog or input that handled Esc itself has prevented its default.
    if (event.key !== 'Escape' || !menu.open || event.defaultPrevented) return;
    menu.open = false;
    summary.focus();
  });
  addEventListener('click', (event) => {
    const target = event.target as Element;
    if (menu.open && (!menu.contains(target) || target.closest('a'))) menu.open = false;
  });
}

// A module (Astro bundles it as one), not a global script.
export {};
