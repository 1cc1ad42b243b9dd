/** Where the page finds the API: config.json beside the page, written by the host or by deployment. */
export interface Config {
  apiBaseUrl: string;
}

export async function loadConfig(): Promise<Config> {
  const reply = await fetch("config.json", { cache: "no-store" });
  if (!reply.ok) {
    throw new Error(`config.json: ${reply.status}`);
  }
  return (await reply.json()) as Config;
}
