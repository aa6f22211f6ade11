-- DropForeignKey
ALTER TABLE "ManagerScope" DROP CONSTRAINT "ManagerScope_departmentId_fkey";

-- AddForeignKey
ALTER TABLE "ManagerScope" ADD CONSTRAINT "ManagerScope_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
