package ner

// Trigger classes: words that announce a name of a given kind next to them.
// The training data teaches the tagger the triggers it contains; this list
// adds the common ones it may have seen too rarely, so they generalise to
// news unlike ANERcorp's.
const (
	trigPERS    uint8 = 1 << iota // titles and offices: a person's name follows
	trigLOC                       // "city", "province": a place follows
	trigORG                       // "company", "party": the word starts an organisation
	trigSpeaker                   // "spokesman for": an organisation or a country follows
)

// triggers is keyed by the bare form (normalised, no clitics, no article).
var triggers = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words ...string) {
		for _, w := range words {
			m[Normalize(w)] |= class
		}
	}
	add(trigPERS, "رئيس", "رئيسة", "وزير", "وزيرة", "الوزراء", "مستشار", "مستشارة", "زعيم", "ملك", "أمير",
		"السيد", "سيد", "السيدة", "سيدة", "شيخ", "الدكتور", "دكتور", "جنرال", "العقيد", "عقيد", "اللواء", "العميد",
		"الفريق", "المشير", "نائب", "سفير", "سفيرة", "مبعوث", "مدير", "مديرة", "قائد", "الأمين", "المستشار",
		"الرئيس", "الملك", "الأمير", "الشيخ", "الإمام", "إمام", "المطران", "البابا", "الحاخام", "النائب",
		"المتحدث", "الناطق", "المندوب", "مندوب", "المرشح", "مرشح", "الكاتب", "الصحفي", "المخرج", "المدرب",
		"اللاعب", "الفنان", "الفنانة", "المغني", "الممثل", "الممثلة", "السلطان", "الحاكم", "حاكم", "محافظ",
		"المحافظ", "القاضي", "النجم", "الأستاذ", "البروفيسور", "المهندس", "الأميرة", "الملكة", "الوزير")
	add(trigLOC, "مدينة", "ولاية", "محافظة", "بلدة", "قرية", "عاصمة", "العاصمة", "منطقة", "إقليم", "جزيرة",
		"جزر", "مقاطعة", "مخيم", "حي", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
		"دولة", "بلاد", "جمهورية", "مملكة", "إمارة", "ضواحي", "أنحاء", "نهر", "بحر", "جبل", "جبال", "ميناء", "مطار")
	add(trigORG, "وكالة", "شركة", "جامعة", "حزب", "منظمة", "مجلس", "وزارة", "حركة", "جماعة", "اتحاد", "بنك",
		"مصرف", "صحيفة", "جريدة", "مجلة", "هيئة", "لجنة", "معهد", "نادي", "مؤسسة", "جمعية", "مركز", "محكمة",
		"قناة", "تلفزيون", "إذاعة", "رابطة", "جبهة", "مكتب", "صندوق", "برلمان", "الكونغرس", "مجموعة", "تحالف",
		"كلية", "أكاديمية", "منتدى", "بورصة", "سوق", "مستشفى", "الأمم", "الجامعة", "المجلس", "الاتحاد")
	add(trigSpeaker, "باسم", "لدى", "عن")
	return m
}()
