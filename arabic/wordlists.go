package arabic

// Closed-class words the clitic rules need, folded. They are grammar, not
// vocabulary, so they are small and do not grow with the news.

// pronouns are the attached pronouns, which can follow a preposition
// alone (له, بها, لهم).
var pronouns = set("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي")

// pronounHosts are particles and prepositions that take any pronoun
// suffix (أنه, عنها, إليهم, لديه, بينهما).
var pronounHosts = set("ان", "لكن", "عن", "من", "مع", "في", "الي", "علي", "لدي", "عند",
	"بين", "حول", "ضد", "دون", "كان", "ليت", "لعل", "غير", "بعض", "كل", "نفس", "مثل",
	"عبر", "امام", "خلف", "فوق", "تحت", "منذ", "حيال", "ايا")

// hostsAfterPreposition are the pronoun hosts that ب ل ك themselves
// attach to (بأنه, لنفسه, لكلهم); لدي, عن and the like never follow a
// preposition, so بلدينا stays "our two countries".
var hostsAfterPreposition = set("ان", "نفس", "كل", "بعض", "غير", "مثل", "دون")

// afterPreposition are words ب ل ك attach to without an article.
var afterPreposition = set("ذلك", "هذا", "هذه", "هؤلاء", "ان", "ما", "من", "كل", "شان",
	"سبب", "فضل", "حسب", "دون", "جانب", "خصوص", "عدم", "مثل", "مجرد", "نحو", "قرب",
	"غير", "اي", "ذلكم", "هذين", "هاتين", "ماذا", "مدي", "نسبه")

// afterConjunction are short words و and ف attach to; longer words need
// no list.
var afterConjunction = set("هو", "هي", "هم", "في", "من", "عن", "ما", "لا", "لم", "لن",
	"قد", "ان", "او", "مع", "كل", "اذ", "اذا", "لو", "ثم", "بل", "كم", "كان", "لكن",
	"الي", "علي", "هذا", "هذه", "ذلك", "تلك", "هنا", "هناك", "انه", "انها", "لذلك",
	"منذ", "بعد", "قبل", "حتي", "اما", "الا", "غير", "ليس", "نحن", "انا", "انت")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
