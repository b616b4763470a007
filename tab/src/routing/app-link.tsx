import { Link } from "@fluentui/react-components";
import type { MouseEvent, ReactNode } from "react";
import { navigate } from "./use-location";

interface AppLinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  inline?: boolean;
  "aria-label"?: string;
}

/** A real link (works with middle-click and screen readers) that navigates inside the app. */
export function AppLink({ to, children, ...rest }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link {...rest} href={to} onClick={onClick}>
      {children}
    </Link>
  );
}
