import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown at once on navigation while the server renders the page (visible after 300 ms). */
export default function Loading() {
  return <PageSkeleton />;
}
