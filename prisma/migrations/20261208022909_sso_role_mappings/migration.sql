-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "fromSso" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SsoRoleMapping" (
    "id" TEXT NOT NULL,
    "claimValue" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unionOrganizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoRoleMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoRoleMappingDepartment" (
    "mappingId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "SsoRoleMappingDepartment_pkey" PRIMARY KEY ("mappingId","departmentId")
);

-- CreateIndex
CREATE INDEX "SsoRoleMapping_organizationId_idx" ON "SsoRoleMapping"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoRoleMapping_claimValue_organizationId_role_key" ON "SsoRoleMapping"("claimValue", "organizationId", "role");

-- AddForeignKey
ALTER TABLE "SsoRoleMapping" ADD CONSTRAINT "SsoRoleMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoRoleMapping" ADD CONSTRAINT "SsoRoleMapping_unionOrganizationId_fkey" FOREIGN KEY ("unionOrganizationId") REFERENCES "UnionOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoRoleMappingDepartment" ADD CONSTRAINT "SsoRoleMappingDepartment_mappingId_fkey" FOREIGN KEY ("mappingId") REFERENCES "SsoRoleMapping"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoRoleMappingDepartment" ADD CONSTRAINT "SsoRoleMappingDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
