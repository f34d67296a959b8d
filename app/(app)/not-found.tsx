import { NotFoundView } from "@/components/states/not-found-view";

/** notFound() under the app shell (header and navigation stay). */
export default function AppNotFound() {
  return <NotFoundView inApp />;
}
