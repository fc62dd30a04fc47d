package event

import "testing"

// TestFindBeyondSeeds covers triggers and actor shapes common in news
// that the first lexicon missed: each case is one behaviour.
func TestFindBeyondSeeds(t *testing.T) {
	israel := ent{"IL", "LOC", []string{"إسرائيل"}}
	congress := ent{"CG", "ORG", []string{"الكونغرس"}}
	cases := []struct {
		name string
		text string
		ents []ent
		// quote is a direct quote of speaker's in the text, if any
		quote, speaker string
		want           []want
		only           bool // no event but the wanted ones
	}{
		{name: "a grant of money is aid; names do not use up the need window",
			text: "وتمنح الولايات المتحدة إسرائيل سنويا مبالغ كبيرة من المساعدات.",
			ents: []ent{usa, israel},
			want: []want{{typ: "AID", src: "US", tgt: "IL"}}},
		{name: "an actor after أمام only witnesses the event",
			text: "ندد بلينكن أمام الكونغرس بالأنشطة المؤذية لإيران.",
			ents: []ent{blinken, congress, iran},
			want: []want{{typ: "ACCUSE", src: "P3", tgt: "IR"}}},
		{name: "welcoming is support",
			text: "رحبت مصر بقرار السودان.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "SUPPORT", src: "EG", tgt: "SD"}}},
		{name: "denouncing is an accusation",
			text: "استنكرت قطر تصريحات إيران الأخيرة.",
			ents: []ent{qatar, iran},
			want: []want{{typ: "ACCUSE", src: "QA", tgt: "IR"}}},
		{name: "consenting to a party's request is agreement",
			text: "وافقت مصر على طلب السودان.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}}},
		{name: "discussing with a counterpart is a consultation",
			text: "بحث شكري مع هاكان فيدان الأوضاع في المنطقة.",
			ents: []ent{shoukry, fidan},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P2"}}},
		{name: "research is no consultation",
			text: "نشرت مصر بحث جامعة القاهرة عن المياه.",
			ents: []ent{egypt, cairo},
			want: nil},
		{name: "asking is a request",
			text: "طلبت أوكرانيا من فرنسا مزيدا من الذخائر.",
			ents: []ent{ukraine, france},
			want: []want{{typ: "REQUEST", src: "UA", tgt: "FR"}}},
		{name: "targeting is an attack",
			text: "استهدفت روسيا خاركيف بالصواريخ.",
			ents: []ent{russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "KH"}}},
		{name: "downing a drone is an attack",
			text: "أسقطت روسيا طائرة مسيرة لأوكرانيا.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA"}}},
		{name: "a downing needs an aircraft",
			text: "أسقطت روسيا مطالب أوكرانيا.",
			ents: []ent{russia, ukraine},
			want: nil},
		{name: "a verb whose only actor follows it takes the sentence's subject",
			text: "أعلن شكري أنه سيتوجه إلى أنقرة، حيث سيلتقي أردوغان.",
			ents: []ent{shoukry, erdogan, {"AN", "LOC", []string{"أنقرة"}}},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P4", mod: "planned"}}},
		{name: "a verb's only actor with no subject to take stays its subject",
			text: "وسيلتقي أردوغان غدا.",
			ents: []ent{erdogan},
			want: nil},
		{name: "a masdar's pronoun is not a name inside a quote before it",
			text: "وقال بلينكن “سنواجه نفوذ إيران”، كما أعلن خلال زيارته إلى قطر.",
			ents: []ent{blinken, iran, qatar}, quote: "سنواجه نفوذ إيران", speaker: "P3",
			want: []want{{typ: "CONSULT", src: "P3", tgt: "QA"}}},
		{name: "the و of وزير is no conjunction",
			text: "انتقد جون كيري وزير الخارجية الأمريكي روسيا.",
			ents: []ent{{"K", "PERS", []string{"جون كيري"}}, russia},
			want: []want{{typ: "ACCUSE", src: "K", tgt: "RU"}}},
		{name: "an actor joined by و to a prepositional phrase shares its preposition",
			text: "تتهم واشنطن إيران بزعزعة المنطقة. وندد كارتر بالدعم العسكري الايراني للنظام السوري وحزب الله اللبناني.",
			ents: []ent{usa, iran, {"K", "PERS", []string{"كارتر"}}, {"H", "ORG", []string{"حزب الله"}}},
			want: []want{{typ: "AID", src: "IR", tgt: "H", attr: "K"}}},
		{name: "an actor after و and a plain word stays bare",
			text: "تتهم واشنطن إيران بزعزعة المنطقة. وتستمر المساعدات الايرانية للنظام بسخاء وحزب الله يراقب.",
			ents: []ent{usa, iran, {"H", "ORG", []string{"حزب الله"}}},
			want: []want{{typ: "ACCUSE", src: "US", tgt: "IR"}}, only: true},
		{name: "a common-noun subject's state adjective names the source",
			text: "أعلنت روسيا الحرب. وقصفت طائرات حربية روسية مواقع لأوكرانيا فجر اليوم.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA"}}},
		{name: "a state adjective in a title stays the named man's",
			text: "أعلنت روسيا الحرب. ودعا الرئيس الروسي بوتين أوكرانيا إلى الحوار.",
			ents: []ent{russia, ukraine, {"PU", "PERS", []string{"بوتين"}}},
			want: []want{{typ: "REQUEST", src: "PU", tgt: "UA"}}, only: true},
		{name: "عندما opens a clause: a subject before it is another verb's",
			text:  "وأكد شكري أن الدور الذي تلعبه قطر مهم عندما يلتقي مع فيدان.",
			ents:  []ent{shoukry, qatar, {"P2", "PERS", []string{"فيدان"}}},
			quote: "الدور الذي تلعبه قطر مهم عندما يلتقي مع فيدان", speaker: "P1",
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P2"}}, only: true},
		{name: "a masdar of purpose is the clause subject's",
			text: "ويعتزم شكري زيارة الدوحة الأسبوع المقبل للاجتماع مع فيدان.",
			ents: []ent{shoukry, {"DO", "LOC", []string{"الدوحة"}}, {"P2", "PERS", []string{"فيدان"}}},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P2"}, {typ: "CONSULT", src: "P1", tgt: "DO"}}, only: true},
		{name: "travelling to a state is a visit",
			text: "وتوجه شكري إلى قطر صباح اليوم.",
			ents: []ent{shoukry, qatar},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "QA"}}},
		{name: "a relative clause's verb is its antecedent's",
			text: "وجاءت زيارة شكري بعد زيارة الوزير هاكان فيدان، الذي كان أول مسؤول يزور قطر.",
			ents: []ent{shoukry, fidan, qatar},
			want: []want{{typ: "CONSULT", src: "P2", tgt: "QA"}}},
		{name: "a common-noun subject after أن is no one's named",
			text: "وقال شكري إن ممثلين عن الشركات سيتوجهون إلى قطر.",
			ents: []ent{shoukry, qatar},
			want: nil},
		{name: "a subject with his pronoun is the speaker's side",
			text: "وقال شكري إن حكومته ستدعم قطر.",
			ents: []ent{shoukry, qatar},
			want: []want{{typ: "SUPPORT", src: "P1", tgt: "QA"}}},
		{name: "a sentence opening on و and a verb goes on with the one quoted before",
			text: "وأضاف بلينكن “سنبقى إلى جانب أصدقائنا”. وندد بالدعم العسكري الروسي لإيران.",
			ents: []ent{blinken, russia, iran}, quote: "سنبقى إلى جانب أصدقائنا", speaker: "P3",
			want: []want{{typ: "ACCUSE", src: "P3", tgt: "RU"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := checkFind(t, testDoc(c.text, c.ents, c.quote, c.speaker), c.want)
			if c.only && len(got) != len(c.want) {
				t.Errorf("want only %d events, got %s", len(c.want), show(got))
			}
		})
	}
}
