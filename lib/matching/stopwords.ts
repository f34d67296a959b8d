// FR + EN function words (folded). One merged set because imported articles mix
// languages inside a sentence (quotes, agency copy), and the cost of a French
// stopword that is also an English content word is negligible here.

const FR = `a au aux avec ce ceci cela ces cet cette ci comme dans de des du elle elles en entre est et
etaient etait ete etre eu il ils je la le les leur leurs lui ma mais me meme mes moi mon ne ni nos
notre nous on ont ou par pas pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tu un une
vos votre vous y d l s c j m n t qu jusqu lorsqu puisqu quoi dont donc or car aussi ainsi alors puis
apres avant chez contre depuis pendant selon lors vers sous plus moins tres tout tous toute toutes
deja encore egalement notamment cependant toutefois quant afin avait avaient avoir fait faire font
sera seront serait seraient etant ayant peut peuvent pourrait doit doivent autre autres meme memes
celui celle ceux celles dit declare indique affirme ajoute rapporte annonce estime
cet ici tandis quelque quelques chaque plusieurs certains certaines aucun aucune rien
m mme mm monsieur madame`;

const EN = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you
your yours also said says say told according added reported may might must shall since s t mr mrs ms
amid among upon within without yet`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${FR} ${EN}`.split(/\s+/).filter(Boolean));

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
