import Link from "next/link";
import { LogoutButton } from "@/components/auth/logout-button";
import type { PublicUser } from "@/lib/auth/types";

const NAV = [
  { href: "/dashboard", label: "Proyek" },
  { href: "/referensi", label: "Referensi" },
  { href: "/settings/tokens", label: "Token API" },
  { href: "/settings/password", label: "Akun" },
];
const ADMIN_NAV = { href: "/admin/security-events", label: "Keamanan" };

/** `wide` lets a project workspace use the whole screen for its grids. */
export function AppShell({ user, children, wide }: { user: PublicUser; children: React.ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-screen-2xl" : "max-w-7xl";
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        {/* On a phone the menu takes a row of its own below the name and Keluar, and wraps. */}
        <div className={`mx-auto flex ${width} flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3`}>
          <Link href="/dashboard" className="font-semibold text-brand-700">
            RAB AHSP
          </Link>
          <nav className="order-last flex w-full flex-wrap gap-1 md:order-none md:w-auto" aria-label="Navigasi utama">
            {[...NAV, ...(user.isAdmin ? [ADMIN_NAV] : [])].map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <span className="text-sm text-slate-600" data-testid="current-user">
              {user.name}
            </span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main className={`mx-auto ${width} px-4 py-6`}>{children}</main>
    </div>
  );
}
