/**
 * Frequent words of the languages a news feed mostly carries: function
 * words, and the words news uses around numbers (`rose`, `Prozent`,
 * `milliards`). franc's trigrams say little about a short sentence, and
 * `Sales rose 14%.` has too few trigrams to tell English from French; a word
 * that only one language writes is firmer evidence. Written by hand from
 * each language's commonest words. Words of one or two letters are left out:
 * `o`, `na`, `do`, `to` are Czech and Polish words too, and counted for
 * Portuguese or English they took Czech sentences there.
 */
const listed: Readonly<Record<string, string>> = {
  eng:
    'the and was were are for with from that this its has have had been will would said says than after ' +
    'down not which who their more about over year last since first new into per cent percent million ' +
    'billion rose fell grew sold cut hit jumped dropped climbed gained lost added reported posted ' +
    'reached expects plans shares prices sales profit revenue quarter week month record',
  fra:
    'les des une est sont été pour dans sur par avec aux cette qui que plus ont son ses selon pas ans ' +
    'depuis entre hausse baisse millions milliards euros taux prix ventes chiffre affaires trimestre ' +
    'cours recule progresse grimpe atteint devrait',
  deu:
    'der die das und ist den dem des ein eine einer eines mit auf für von sich nicht auch bei aus nach ' +
    'wie wird werden hat haben sind war wurde zum zur über vor prozent millionen milliarden euro stieg ' +
    'sank fiel legte steigt sinkt jahr jahres umsatz gewinn preise zahl quartal rund mehr',
  spa:
    'los las del una son por para con que sus como más fue han según este esta entre desde hasta millones ' +
    'euros dólares subió bajó cayó creció sube cae año años ventas precio precios beneficio trimestre ' +
    'cerró récord',
  ita:
    'gli del della dei delle degli una per con che non sono alla nel nella dal dalla anche più tra sul ' +
    'sulla milioni miliardi euro cresciuto calato aumentato salito sceso anno scorso vendite prezzo ' +
    'prezzi utile trimestre rialzo ribasso',
  por:
    'dos das nos nas uma são para com que não por mais foi tem pelo pela seu sua entre até milhões ' +
    'bilhões mil reais subiu caiu cresceu ano anos vendas preço preços lucro trimestre alta queda segundo',
  nld:
    'het een van zijn met voor dat die niet aan ook bij naar door werd wordt heeft hebben maar dan nog ' +
    'tot procent miljoen miljard euro steeg daalde groeide stijgt daalt jaar vorig omzet winst prijs prijzen ' +
    'kwartaal aantal'
}

/** Each listed word that only one language lists, with that language: shared words (`de`, `la`, `a`) tell nothing apart. */
const ownWords: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>()
  for (const [language, words] of Object.entries(listed)) {
    for (const word of words.split(' ')) owners.set(word, (owners.get(word) ?? new Set()).add(language))
  }
  const own = new Map<string, string>()
  for (const [word, languages] of owners) if (languages.size === 1) own.set(word, [...languages][0]!)
  return own
})()

/** For each language with a list: the share of `words` (lower case) that only its list has. */
export function wordShares(words: readonly string[]): Map<string, number> {
  const shares = new Map<string, number>()
  if (words.length === 0) return shares
  for (const word of words) {
    const language = ownWords.get(word)
    if (language) shares.set(language, (shares.get(language) ?? 0) + 1 / words.length)
  }
  return shares
}
