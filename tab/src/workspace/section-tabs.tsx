import { Tab, TabList } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { sections } from "./sections";
import type { SectionId } from "./sections";

const keys = ["ArrowLeft", "ArrowRight", "Home", "End"];

/**
 * Fluent's TabList with our own arrow-key handling. Fluent's arrow navigation adds focusable
 * aria-hidden "dummy" elements that accessibility checkers (axe: aria-hidden-focus) report; a roving
 * tabindex gives the same keyboard behaviour without them. Arrows move focus; Enter or Space selects.
 */
export function SectionTabs({
  selected,
  onSelect,
}: {
  selected: SectionId;
  onSelect: (id: SectionId) => void;
}) {
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
  };

  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(data.value as SectionId)}
      onKeyDown={onKeyDown}
      data-tabster={undefined}
    >
      {sections.map((section) => (
        <Tab
          key={section.id}
          id={`tab-${section.id}`}
          value={section.id}
          aria-controls={`panel-${section.id}`}
          tabIndex={section.id === selected ? 0 : -1}
        >
          {section.label}
        </Tab>
      ))}
    </TabList>
  );
}
