package extract

import (
	"strings"
	"sync"
)

// The word lists below were written for glosa (not taken from a corpus or
// another project). stopWords are function words: a candidate neither
// starts nor ends with one (they may stand inside: "sistema de
// archivos"). commonWords are frequent words of ordinary language (verbs
// of every kind of text, courtesy, general adjectives and adverbs): a
// candidate made of them is ranked low, as a term is a word frequent in
// the corpus but rare in ordinary text. Words are folded (lower case, ё as
// е).

// stopWords is built at first use, as commonWords: a run that extracts
// nothing pays nothing.
var stopWords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"en": set(`a an the this that these those there here of in on at to for from by with without
		into onto over under about above below after before between through during until upon via per
		as than then so if or and but nor not no yes all any some each every both either neither none
		one other another such same own more most less least very too also only just even still yet
		again already always never ever often now when where while why how what which who whom whose
		i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
		itself themselves myself yourself ourselves is are was were be been being am do does did done
		doing have has had having will would shall should can could may might must cannot can't don't
		doesn't didn't isn't aren't wasn't weren't won't wouldn't shouldn't couldn't hasn't haven't
		hadn't it's i'm you're we're they're let's s t d ll re ve m o e g etc i.e e.g
		up down out off away back around along across against among within
		whether because since though although unless however therefore thus hence instead rather
		like unlike non`),
		"es": set(`el la los las lo un una unos unas al del de a en con sin por para sobre entre hasta desde
		hacia tras ante bajo contra durante mediante según y e o u ni pero sino que si no sí ya
		como cuando donde adonde quien quienes cual cuales cuyo cuya cuyos cuyas qué cómo cuándo dónde
		quién cuál este esta estos estas esto ese esa esos esas eso aquel aquella aquellos aquellas
		aquello mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra me te se nos os
		le les lo yo tú él ella ellos ellas usted ustedes nosotros nosotras vosotros mí ti sí conmigo
		contigo consigo es son era eran fue fueron ser sido siendo soy eres somos está están estaba
		estaban estar estado he ha han has había habían haber habido hay hubo sea sean será serán
		sería muy más menos tan tanto tanta tantos tantas todo toda todos todas otro otra otros otras
		mismo misma mismos mismas cada algún alguno alguna algunos algunas ningún ninguno ninguna
		poco poca pocos pocas mucho mucha muchos muchas también tampoco sólo solo aún aun ya entonces
		luego así bien mal aquí allí ahí porque pues aunque mientras cuanto cuanta cuantos cuantas
		puede pueden pudo podía debe deben puedo`),
		"ru": set(`и а но или либо ни не нет да же ли бы то это этот эта эти этого этой этих этому этим
		тот та те того той тех тому тем там тут здесь где куда откуда когда как так такой такая такие
		такое что чтобы чем кто кого кому ком чей чья чьё чьи который которая которое которые которого
		которой которых которым которому в во на с со к ко о об обо от ото до по за из изо у при про
		для без над под перед между через после вместо кроме около среди ради я мы ты вы он она оно
		они меня мне мной нас нам нами тебя тебе тобой вас вам вами его ему им него нему ним нём
		её ей ней ею нею их ими них ним себя себе собой свой своя своё свои своего своей своих своим
		мой моя моё мои твой твоя ваш ваша ваше ваши наш наша наше наши весь вся всё все всего всей
		всех всем всеми был была было были быть будет будут есть является являются уже ещё еще только
		очень более менее всегда никогда иногда тоже также если хотя пока потому поэтому затем тогда
		даже вот вон ведь лишь уж может могут можно нельзя нужно надо сам сама само сами самый`),
	}
})

var commonWords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"en": set(`please cannot unable sorry thanks thank welcome hello ok okay try tried trying use used
		using uses make makes made making get gets got getting go goes going gone went take takes took
		taken give gives gave given see seen saw look looks find found finds know known knew need needs
		needed want wants wanted say says said tell told call called come came keep kept let lets put
		show shows shown showed seem seems turn turns begin began start started stop stopped allow
		allowed allows fail failed fails failure succeed succeeded success successful successfully
		new old good bad big small large long short high low first last next previous few many much
		several certain possible impossible available unavailable able enough right wrong true false
		real same different current currently given following specified unknown invalid valid
		correct incorrect already please done well way thing things something anything nothing
		everything someone anyone time times day days year years number part case point place
		work works worked working want wanted like liked also may maybe perhaps probably really
		actually simply usually instead always sure yes`),
		"es": set(`favor por_favor gracias hola vale intentar intente intentó usar use usa usado uso hacer
		hace hizo hecho obtener obtiene ir va ver vea visto mirar encontrar encontró encontrado
		saber sabe necesitar necesita querer quiere decir dice dijo llamar llamado venir dar dado
		poner mostrar muestra empezar comenzar parar permitir permite permitido fallar falló fallo
		nuevo nueva nuevos nuevas viejo bueno buena malo mala grande pequeño largo corto alto bajo
		primero primera último última siguiente anterior posible imposible disponible correcto
		correcta incorrecto incorrecta válido válida inválido inválida desconocido desconocida
		actual dado cosa cosas algo nada alguien nadie vez veces día días año años número parte
		caso punto lugar forma manera tiempo puede pudo podido poder`),
		"ru": set(`пожалуйста спасибо привет ладно попробуйте попытка использовать используется
		использует сделать делать получить получает идти видеть найти найден найдено знать нужен
		нужна нужно хотеть сказать говорить дать показать начать остановить разрешить удалось
		удалось не_удалось ошибка новый новая новое новые старый хороший плохой большой малый
		маленький длинный короткий высокий низкий первый последний следующий предыдущий возможно
		возможный невозможно доступный правильный неправильный неверный неверная неверное
		неизвестный неизвестная неизвестное текущий данный вещь что-то ничего кто-то никто раз
		день дни год года лет число часть случай место способ время`),
	}
})

func set(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// participle reports whether a one-word candidate, as the corpus most
// often writes it, is an English past participle (required, supported,
// expected): an adjective or a verb form, which a glossary lists under
// its verb if at all, not a term of its own. A word in -eed (speed,
// feed) is not one.
func participle(lang, form string) bool {
	if lang != "en" || len(form) < 5 {
		return false
	}
	w := strings.ToLower(form)
	return strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}
