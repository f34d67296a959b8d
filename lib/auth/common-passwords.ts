// A small list of the passwords people pick most (from public breach-frequency lists,
// English and French), checked at sign-up and password change on top of the length
// rule. Short entries matter too: "password2024!" is refused because, without its
// padding, it is "password". No network call, no dependency: the list ships here.
const WORDS = `
123456 123456789 12345678 12345 1234567 1234567890 123123 111111 000000 654321 666666 121212 112233
123321 987654321 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx qazwsx qazwsxedc zxcvbnm zxcvbn asdfgh
asdfghjkl qwerty qwertyuiop qwerty123 qwertz azerty azertyuiop azerty123 azertyuiop123 wxcvbn aqwzsx
password password1 password12 password123 passw0rd p@ssword p@ssw0rd pass1234 passpass passwort
motdepasse mot2passe motdepasse1 secret secret123 letmein letmein1 welcome welcome1 welcome123 changeme
default admin admin123 administrator root toor guest login master master123 access access14 trustno1
iloveyou iloveu jetaime jetaime1 teamo ichliebedich ilovegod loveme lovely love123 loveyou
abc123 abcd1234 abcdef abcdefg abcdefgh abc12345 aa123456 a123456 a1b2c3 a1b2c3d4 q1w2e3r4 1a2b3c4d
monkey dragon shadow sunshine princess princesse football baseball basketball soccer hockey tennis
superman batman spiderman starwars pokemon naruto minecraft fortnite roblox zelda matrix ninja
michael jennifer jordan23 jordan michelle daniel nicolas julien camille thomas olivier sebastien
alexandre antoine maxime guillaume stephane isabelle nathalie sandrine celine sophie marie pierre
charlie jessica ashley amanda andrew joshua matthew anthony william robert thomas1 hunter ranger
harley buster tigger ginger pepper cookie chocolate chocolat coucou bonjour bonsoir salut soleil
doudou loulou chouchou cheval chaton chouette papillon nounours bisous amour mamour trésor tresor
marseille paris lyon toulouse bordeaux nantes lille nice france bretagne psg olympique allezlom
liverpool chelsea arsenal barcelona realmadrid juventus manchester
freedom whatever qazqaz zaqzaq killer hello hello123 helloworld flower flowers summer winter autumn
spring christmas birthday happy smile angel angels blessed jesus christ god heaven faith
computer internet samsung iphone android google facebook twitter instagram youtube microsoft apple
linkedin netflix amazon yahoo hotmail gmail outlook orange freebox livebox wanadoo laposte
dallas texas london berlin madrid canada america chicago boston newyork
mustang ferrari porsche corvette camaro yamaha harley1 honda toyota nissan peugeot renault citroen
qwerty1 qwerty12 111111111 11111111 1111111 222222 333333 444444 555555 777777 888888 999999
0000000 00000000 0123456789 123654 147258369 159753 159357 741852963 789456 789456123 456789 147852
123qwe qwe123 asd123 zxc123 qweasd qweasdzxc 123abc abc321 1234qwer qwer1234 123456a 123456q
internet1 cheese banana orange1 purple yellow silver golden diamond crystal thunder lightning
pussy sexy hottie fuckyou fuckoff asshole bitch iloveyou1 loveyou1 babygirl baby123 mybaby
monkey1 dragon1 shadow1 sunshine1 princess1 football1 baseball1 superman1 batman1 michael1
charlie1 jessica1 ashley1 hannah daniel1 andrew1 jordan1 tigger1 pepper1 maggie buddy bailey
starwars1 pokemon1 naruto1 letmein123 welcome2024 welcome2025 password2024 password2025
summer2024 summer2025 winter2024 winter2025 spring2024 autumn2024 qwerty2024 azerty2024
journalist journaliste redaction rédaction newsroom presse journal editor editeur factcheck
factchecker verification vérification claimdesk claimdesk123 desk1234 newsdesk
correcthorse batterystaple trustme changeit temp123 temporary test test123 testing testtest
demo demo123 sample example user user123 username unknown nopassword blank empty
`;

const COMMON = new Set(WORDS.split(/\s+/).filter(Boolean));

// Keyboard rows and digit runs: any slice of them ("123456789012", "azertyuiopqs").
const SEQUENCES = [
  "1234567890123456789012345678901234567890",
  "0987654321098765432109876543210987654321",
  "qwertyuiopasdfghjklzxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "qwertzuiopasdfghjklyxcvbnm",
  "abcdefghijklmnopqrstuvwxyz",
  "zyxwvutsrqponmlkjihgfedcba",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

export const COMMON_PASSWORD_COUNT = COMMON.size;

/** True for a listed password, a listed word padded with digits/symbols, a repeated chunk or a keyboard run. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  if (COMMON.has(lower)) return true;
  const base = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (base.length >= 4 && COMMON.has(base)) return true;
  // "abcabcabcabc", "passwordpassword": a short chunk, or a listed word, repeated.
  const unit = /^(.+?)\1+$/su.exec(lower)?.[1];
  if (unit && (unit.length <= 6 || COMMON.has(unit))) return true;
  return SEQUENCES.some((sequence) => sequence.includes(lower));
}
