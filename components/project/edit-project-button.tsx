"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ProjectForm } from "@/components/projects/project-form";
import type { ProjectData } from "@/components/projects/project-form-values";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export function EditProjectButton({ project }: { project: ProjectData }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Ubah data proyek
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Ubah proyek">
        <ProjectForm
          project={project}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      </Dialog>
    </>
  );
}
