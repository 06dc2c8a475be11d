import type { Metadata } from "next";
import localFont from "next/font/local";
import "./globals.css";

// Served from our own bundle: the machines that build this cannot reach Google Fonts.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

// Every page is rendered per request: the CSP nonce from middleware must reach its scripts.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "RAB AHSP", template: "%s · RAB AHSP" },
  description: "Penyusunan Rencana Anggaran Biaya berbasis AHSP",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id" className={inter.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
