package org.tongxin.shared.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinNamesTests {

	@Test
	void readsAnOrdinaryNameAsFullPinyinInitialsAndSpacedSyllables() {
		assertThat(PinyinNames.sortKey("张三")).isEqualTo("zhangsan");
		assertThat(PinyinNames.initials("张三")).isEqualTo("zs");
		assertThat(PinyinNames.spaced("张三")).isEqualTo("zhang san");
	}

	@Test
	void readsASingleCharacterName() {
		assertThat(PinyinNames.sortKey("李")).isEqualTo("li");
		assertThat(PinyinNames.initials("李")).isEqualTo("l");
	}

	@Test
	void readsPolyphonicSurnamesAsSurnames() {
		assertThat(PinyinNames.sortKey("曾小明")).isEqualTo("zengxiaoming");
		assertThat(PinyinNames.sortKey("单田芳")).isEqualTo("shantianfang");
		assertThat(PinyinNames.sortKey("解晓东")).isEqualTo("xiexiaodong");
		assertThat(PinyinNames.sortKey("区")).isEqualTo("ou");
		assertThat(PinyinNames.sortKey("仇")).isEqualTo("qiu");
		assertThat(PinyinNames.sortKey("朴")).isEqualTo("piao");
		assertThat(PinyinNames.sortKey("查")).isEqualTo("zha");
		assertThat(PinyinNames.sortKey("乐")).isEqualTo("yue");
		assertThat(PinyinNames.sortKey("覃")).isEqualTo("qin");
		assertThat(PinyinNames.sortKey("翟")).isEqualTo("zhai");
		assertThat(PinyinNames.sortKey("盖")).isEqualTo("ge");
		assertThat(PinyinNames.sortKey("缪")).isEqualTo("miao");
		assertThat(PinyinNames.sortKey("种")).isEqualTo("chong");
		assertThat(PinyinNames.sortKey("句")).isEqualTo("gou");
		assertThat(PinyinNames.sortKey("那")).isEqualTo("na");
		assertThat(PinyinNames.sortKey("召")).isEqualTo("shao");
	}

	@Test
	void readsCompoundSurnamesBeforeSingleOnes() {
		assertThat(PinyinNames.sortKey("尉迟恭")).isEqualTo("yuchigong");
		assertThat(PinyinNames.initials("尉迟恭")).isEqualTo("ycg");
		assertThat(PinyinNames.sortKey("万俟")).isEqualTo("moqi");
		assertThat(PinyinNames.sortKey("长孙无忌")).isEqualTo("zhangsunwuji");
		assertThat(PinyinNames.sortKey("单于")).isEqualTo("chanyu");
	}

	@Test
	void readsGivenNameCharactersWithTheFirstDictionaryReading() {
		// 曾 in the given name is not a surname, so it keeps pinyin4j's first reading.
		assertThat(PinyinNames.sortKey("王曾")).isEqualTo("wangceng");
	}

	@Test
	void dropsTheSeparatorOfTranscribedMinorityNames() {
		assertThat(PinyinNames.sortKey("阿依古丽·买买提")).doesNotContain("·").isEqualTo("ayiguli" + "maimaiti");
		assertThat(PinyinNames.spaced("阿依古丽·买买提")).isEqualTo("a yi gu li mai mai ti");
		assertThat(PinyinNames.initials("阿依古丽·买买提")).isEqualTo("ayglmmt");
	}

	@Test
	void writesUmlautAsV() {
		assertThat(PinyinNames.sortKey("吕女")).isEqualTo("lvnv");
	}

	@Test
	void passesLatinLettersAndDigitsThroughInLowerCase() {
		assertThat(PinyinNames.sortKey("Anna 王")).isEqualTo("annawang");
		assertThat(PinyinNames.spaced("Anna 王2")).isEqualTo("anna wang 2");
		assertThat(PinyinNames.initials("Anna Li")).isEqualTo("al");
	}

	@Test
	void treatsEmptyAndMissingNamesAsEmpty() {
		assertThat(PinyinNames.sortKey(null)).isEmpty();
		assertThat(PinyinNames.spaced("  ")).isEmpty();
		assertThat(PinyinNames.initials("")).isEmpty();
	}

	@Test
	void sortKeysOrderNamesAsReadersExpect() {
		List<String> names = List.of("张三", "曾小明", "阿依古丽·买买提", "李四", "单田芳");
		assertThat(names.stream().sorted(Comparator.comparing(PinyinNames::sortKey)))
			.containsExactly("阿依古丽·买买提", "李四", "单田芳", "曾小明", "张三");
	}

}
