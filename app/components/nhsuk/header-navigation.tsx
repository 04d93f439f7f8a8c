// NHS.UK header navigation with its "More" menu, written for React (decision 028): on a narrow screen the
// links that do not fit move into a menu behind a "More" button. nhsuk-frontend's own script does this by
// moving React's list items between lists, which React's next render would undo or trip over; this does
// the same measuring and renders the same markup and classes. Without JavaScript every link stays in
// the bar, as the kit's CSS lays it out.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type HeaderNavigationItem = { href: string; label: string; current: boolean };

// useLayoutEffect measures before the browser paints; on the server there is nothing to measure.
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** The width of the "More" button before it has been measured once. */
const MENU_WIDTH_GUESS = 90;

function NavigationLink({ item }: { item: HeaderNavigationItem }) {
  return (
    <li className={`nhsuk-header__navigation-item${item.current ? " nhsuk-header__navigation-item--current" : ""}`}>
      <a className="nhsuk-header__navigation-link" href={item.href} aria-current={item.current ? "page" : undefined}>
        {item.label}
      </a>
    </li>
  );
}

export function HeaderNavigation({ items, label = "Menu" }: { items: HeaderNavigationItem[]; label?: string }) {
  const navRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const menuRef = useRef<HTMLLIElement>(null);
  const menuListRef = useRef<HTMLUListElement>(null);
  // Each link's width in the bar, measured once while every link is in it.
  const widths = useRef<number[] | null>(null);
  const [inBar, setInBar] = useState(items.length);
  const [open, setOpen] = useState(false);
  const [menuHeight, setMenuHeight] = useState(0);
  const key = items.map((i) => i.href).join(" ");
  const menuUsed = inBar < items.length;

  // Other links (signing in or out): measure again from the start.
  const [measuredKey, setMeasuredKey] = useState(key);
  if (measuredKey !== key) {
    setMeasuredKey(key);
    widths.current = null;
    setInBar(items.length);
    setOpen(false);
  }

  const fit = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    if (widths.current === null) {
      if (inBar < items.length) return;
      widths.current = [...list.children].filter((li) => li !== menuRef.current).map((li) => (li as HTMLElement).offsetWidth);
    }
    let right = 0;
    const rights = widths.current.map((w) => (right += w));
    const available = list.clientWidth;
    if ((rights.at(-1) ?? 0) <= available) {
      setInBar(items.length);
      setOpen(false);
      return;
    }
    const room = available - (menuRef.current?.offsetWidth || MENU_WIDTH_GUESS);
    setInBar(rights.filter((r) => r <= room).length);
  }, [inBar, items.length]);

  // Measured before the first paint, again once the "More" button is shown (its own width), and on resize.
  useBrowserLayoutEffect(fit, [fit, menuUsed, key]);
  useEffect(() => {
    const onResize = () => fit();
    window.addEventListener("resize", onResize);
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(onResize);
    if (listRef.current) observer?.observe(listRef.current);
    return () => {
      window.removeEventListener("resize", onResize);
      observer?.disconnect();
    };
  }, [fit]);

  // The open menu is laid over the page; the bar's bottom border grows to make room for it, as in the kit.
  useBrowserLayoutEffect(() => {
    setMenuHeight(open ? (menuListRef.current?.offsetHeight ?? 0) : 0);
  }, [open, inBar]);

  // An open menu closes on Escape, on a click outside it or on one of its links, and when a form is sent.
  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement | null;
      if (!target) return;
      const toggle = menuRef.current?.querySelector("button");
      if (!navRef.current?.contains(target) || (target.closest("a, button") && !toggle?.contains(target))) close();
    };
    const onPageShow = (event: PageTransitionEvent) => event.persisted && close();
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", close, true);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", close, true);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [open]);

  return (
    <nav className="nhsuk-header__navigation" aria-label={label} ref={navRef} style={menuHeight ? { borderBottomWidth: `${menuHeight}px` } : undefined}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list" ref={listRef}>
          {items.slice(0, inBar).map((item) => (
            <NavigationLink key={item.href} item={item} />
          ))}
          <li className="nhsuk-header__menu" hidden={!menuUsed} ref={menuRef}>
            <button className="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
            {menuUsed ? (
              <ul className="nhsuk-header__menu-list" hidden={!open} ref={menuListRef}>
                {items.slice(inBar).map((item) => (
                  <NavigationLink key={item.href} item={item} />
                ))}
              </ul>
            ) : null}
          </li>
        </ul>
      </div>
    </nav>
  );
}
