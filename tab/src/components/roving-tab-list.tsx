import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import type { KeyboardEvent, ReactElement } from "react";

const keys = ["ArrowLeft", "ArrowRight", "Home", "End"];

// Tabs wrap onto a second line at narrow widths (320 CSS px): none is hidden off to the side.
const useStyles = makeStyles({ list: { flexWrap: "wrap" } });

interface RovingTabListProps<T extends string> {
  items: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  /** Tabs get ids `${prefix}-tab-<id>` and control `${prefix}-panel-<id>`. */
  prefix: string;
  /** An icon per tab (decorative: the label names the tab). */
  icons?: Partial<Record<T, ReactElement>>;
}

/**
 * Fluent's TabList with a roving tabindex instead of Fluent's arrow navigation, whose focusable
 * aria-hidden helpers trip axe (aria-hidden-focus); see the pair workspace's section tabs.
 * Arrows, Home and End move focus and show that tab (automatic activation), so the next Tab goes
 * into its panel; the tabs wrap rather than scroll at narrow widths.
 */
export function RovingTabList<T extends string>({
  items,
  selected,
  onSelect,
  prefix,
  icons,
}: RovingTabListProps<T>) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!keys.includes(event.key)) return;
    const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    if (current < 0 || tabs.length === 0) return;
    event.preventDefault();
    const last = tabs.length - 1;
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? last
          : event.key === "ArrowRight"
            ? (current + 1) % tabs.length
            : (current + last) % tabs.length;
    tabs[next]?.focus();
    const id = items[next]?.id;
    if (id !== undefined && id !== selected) onSelect(id);
  };

  return (
    <TabList
      className={styles.list}
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(data.value as T)}
      onKeyDown={onKeyDown}
      data-tabster={undefined}
    >
      {items.map((item) => (
        <Tab
          key={item.id}
          id={`${prefix}-tab-${item.id}`}
          value={item.id}
          aria-controls={`${prefix}-panel-${item.id}`}
          tabIndex={item.id === selected ? 0 : -1}
          icon={icons?.[item.id]}
        >
          {item.label}
        </Tab>
      ))}
    </TabList>
  );
}
