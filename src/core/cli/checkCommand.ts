export async function checkCommand(): Promise<number> { return 2; }
