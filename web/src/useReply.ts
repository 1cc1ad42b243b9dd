import { useEffect, useState } from "react";
import type { Reply } from "./api";
import { useT } from "./i18n";
import { describe } from "./problems";

/** What one API call gave a page: its data once it came, or the problem in words. */
export function useReply<T>(load: () => Promise<Reply<T>>, key: readonly unknown[]): { data: T | null; problem: string | null } {
  const t = useT();
  const [state, setState] = useState<{ data: T | null; problem: string | null }>({ data: null, problem: null });
  useEffect(() => {
    let current = true;
    void load().then((reply) => current && setState(reply.ok ? { data: reply.data, problem: null } : { data: null, problem: describe(reply.problem, t) }));
    return () => {
      current = false;
    };
    // The caller names what the call depends on.
  }, key);
  return state;
}
