-- CreateTable
CREATE TABLE "ActionReceipt" (
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionReceipt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ActionReceipt_createdAt_idx" ON "ActionReceipt"("createdAt");
