import { AppShell } from "@/components/layout/app-shell";
import { TokenManager } from "@/components/tokens/token-manager";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/auth/tokens";

export const metadata = { title: "Token API" };

export default async function TokensPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  const initialTokens = tokens.map((t) => ({
    ...t,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  }));
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">Token API</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">
        Token pribadi untuk skrip dan integrasi. Kirim sebagai <code>Authorization: Bearer &lt;token&gt;</code> ke setiap rute{" "}
        <code>/api/v1</code>.
      </p>
      <div className="mt-6">
        <TokenManager initialTokens={initialTokens} />
      </div>
    </AppShell>
  );
}
