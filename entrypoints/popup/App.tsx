export function App() {
  return <main>STAR Coach</main>;
}
