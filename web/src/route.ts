import { useEffect, useState } from "react";

/** The page shown, from the fragment: #/, #/cycles/{id}, #/secretariat/cycles/{id}. */
export type Route =
  | { page: "home" }
  | { page: "answer"; cycleId: string }
  | { page: "progress"; cycleId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "cycles" && parts[1]) {
    return { page: "answer", cycleId: parts[1] };
  }
  if (parts[0] === "secretariat" && parts[1] === "cycles" && parts[2]) {
    return { page: "progress", cycleId: parts[2] };
  }
  return { page: "home" };
}

export function linkTo(route: Route): string {
  switch (route.page) {
    case "answer":
      return `#/cycles/${encodeURIComponent(route.cycleId)}`;
    case "progress":
      return `#/secretariat/cycles/${encodeURIComponent(route.cycleId)}`;
    default:
      return "#/";
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return route;
}
