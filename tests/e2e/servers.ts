/** The browser tests' servers: one production server with its own embedded database per Playwright worker. */
export const WORKERS = 2;
const firstPort = Number(process.env.E2E_PORT ?? 3100);
export const serverPort = (index: number) => firstPort + index;
export const serverURL = (index: number) => `http://127.0.0.1:${serverPort(index)}`;
